package dojo.interview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The word lists the rubric reads an answer with, kept together so they are tuned in one place. */
final class Lexicon {

    static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd",
            "i'll");
    static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our", "ours", "ourselves", "we're", "we've",
            "we'd", "we'll");

    static final Phrases FILLERS = Phrases.of("um", "umm", "uh", "uhm", "erm", "er", "basically", "literally",
            "actually", "honestly", "kinda", "sorta", "maybe", "perhaps", "probably", "somewhat", "you know",
            "I mean", "sort of", "kind of", "I guess", "I think", "I feel like", "a bit", "more or less");

    static final Phrases INTENSIFIERS = Phrases.of("massively", "massive", "hugely", "huge", "significantly",
            "significant", "dramatically", "dramatic", "drastically", "drastic", "greatly", "vastly", "tremendously",
            "tremendous", "enormously", "enormous", "substantially", "considerably", "incredibly", "extremely",
            "really", "very", "insanely", "super", "amazing", "amazingly", "a lot", "lots", "way faster",
            "way smaller", "much faster", "much smaller", "much better", "much quicker", "far faster",
            "far smaller");

    static final Phrases HABITUAL = Phrases.of("usually", "always", "typically", "generally", "normally",
            "in general", "tend to", "tends to", "whenever", "every time", "each time", "most of the time");

    /** Matched on terms, the text split at every non-alphanumeric character, so "gcr.io/distroless" counts. */
    static final Phrases TOOLS = Phrases.of("Docker", "Dockerfile", "Dockerfiles", "BuildKit", "buildx",
            "distroless", "Alpine", "Debian", "Ubuntu", "BusyBox", "musl", "glibc", "gcc", "golang", "CGO_ENABLED",
            "Java", "jlink", "jdeps", "JRE", "JDK", "Maven", "Gradle", "npm", "Node.js", "Python", "pip", "Rust",
            "Cargo", "Kubernetes", "k8s", "Helm", "GitHub Actions", "GitLab", "Jenkins", "ECR", "GCR", "Docker Hub",
            "Harbor", "Artifactory", "Trivy", "Grype", "Snyk", "Syft", "dive", "Testcontainers", "JUnit", "Spring",
            "Quarkus", "UPX", "ldd");
    private static final Map<String, String> SAME_TOOL = Map.of("Dockerfile", "Docker", "Dockerfiles", "Docker",
            "Docker Hub", "Docker", "buildx", "BuildKit", "golang", "Go", "CGO_ENABLED", "Go", "k8s", "Kubernetes",
            "JRE", "Java", "JDK", "Java");
    private static final Pattern GO_THE_LANGUAGE = Pattern.compile("\\bGo\\b(?! ahead)");

    static final Phrases IMPACT = Phrases.of("customer", "customers", "client", "clients", "user", "users",
            "business", "revenue", "cost", "costs", "saving", "savings", "saved", "save", "spend", "bill", "billing",
            "money", "budget", "deploy", "deploys", "deployed", "deployment", "deployments", "release", "releases",
            "rollout", "rollouts", "downtime", "outage", "outages", "incident", "incidents", "cve", "cves",
            "vulnerability", "vulnerabilities", "security", "audit", "auditors", "compliance", "latency",
            "cold start", "cold starts", "start up", "startup", "egress", "bandwidth", "storage", "sla", "slo",
            "time to market", "lead time", "on call", "pull time", "pulls");
    private static final Pattern CURRENCY = Pattern.compile("[$€£]\\s?\\d|\\d\\s?(?:usd|eur|gbp)\\b",
            Pattern.CASE_INSENSITIVE);

    static final Pattern REASON = Pattern.compile("\\bbecause\\b|\\bso that\\b|\\bsince\\b|\\btrade-?offs?\\b"
            + "|\\btrade offs?\\b|\\binstead of\\b|\\brather than\\b|\\bat the cost of\\b|\\bthe cost was\\b"
            + "|\\bdownsides?\\b|\\bin exchange\\b|\\bthe catch\\b|\\bwhich meant\\b|\\bchose\\b.{0,80}?\\bover\\b"
            + "|\\bweighed\\b|\\bthe reason\\b|\\bso (?:i|we) could\\b|\\bthe price\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern LESSON = Pattern.compile("\\bi (?:learned|learnt)\\b|\\blessons?\\b|\\btaught me\\b"
            + "|\\bnext time\\b|\\bdo (?:it )?differently\\b|\\btakeaway\\b|\\bin hindsight\\b|\\blooking back\\b",
            Pattern.CASE_INSENSITIVE);

    // Before→after written as an arrow, as "from X to Y", or as "X to Y" between two measurements.
    static final Pattern BEFORE_AFTER = Pattern.compile(
            "\\d[\\d.,]*\\s*[\\p{L}%]{0,5}\\]?\\s*(?:→|->|=>|⟶|➜)\\s*"
                    + "(?:about |around |roughly |just |under )?\\[?\\d"
                    + "|\\bfrom\\b[^!?\\n]{0,40}?\\d[^!?\\n]{0,40}?\\b(?:down |up )?to\\b\\s*"
                    + "(?:about |around |roughly |just |under |below |less than )?\\[?\\d"
                    + "|\\d[\\d.,]*\\s*[\\p{L}%]{0,5}\\]?\\s+(?:down |up )?to\\s+\\[?\\d",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "a", "an", "and", "to", "of", "in",
            "i", "we", "is", "was", "it", "my", "our", "for", "on", "with", "that", "this", "from", "at", "so");

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private Lexicon() {
    }

    /** The text split into lower-case terms at every character that is not a letter, digit or underscore. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String term : NON_ALPHANUMERIC.split(text.toLowerCase(Locale.ROOT))) {
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The distinct tools the text names, with spellings of one tool ("Dockerfile", "Docker") counted once. */
    static Set<String> toolsIn(String text) {
        Set<String> tools = new LinkedHashSet<>();
        for (String tool : TOOLS.distinct(terms(text))) {
            tools.add(SAME_TOOL.getOrDefault(tool, tool));
        }
        if (GO_THE_LANGUAGE.matcher(text).find()) {
            tools.add("Go");
        }
        return tools;
    }

    static boolean namesImpact(String sentence) {
        return IMPACT.anyIn(terms(sentence)) || CURRENCY.matcher(sentence).find();
    }

    static boolean readsAsEnglish(List<String> normalisedWords) {
        if (normalisedWords.size() < 5) {
            return true;
        }
        long english = normalisedWords.stream().filter(ENGLISH_FUNCTION_WORDS::contains).count();
        return english * 20 >= normalisedWords.size();
    }
}
