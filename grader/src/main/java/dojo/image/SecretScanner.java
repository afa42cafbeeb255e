package dojo.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what looks like a secret: in the heads of files whose names suggest credentials, in environment
 * entries and in the image history's build commands. Every excerpt it returns is masked.
 */
final class SecretScanner {

    /** Enough for any key, token or credentials file; a larger file is scanned by its head. */
    static final int CAPTURE_BYTES = 64 * 1024;

    private static final Set<String> CREDENTIAL_FILE_NAMES = Set.of(
            ".npmrc", ".yarnrc", ".yarnrc.yml", ".pypirc", ".git-credentials", ".netrc", "_netrc", ".pgpass");

    /** Files whose mere presence is a finding, because holding a credential is all they are for. */
    private static final Pattern ALWAYS_SECRET = Pattern.compile(
            "id_(?:rsa|dsa|ecdsa|ed25519)(?:_[a-z0-9]+)?|\\.git-credentials|\\.pgpass");

    private static final Pattern SSH_KEY_NAME = Pattern.compile("id_(?:rsa|dsa|ecdsa|ed25519).*");
    private static final Pattern ENV_FILE_NAME = Pattern.compile("\\.env(?:\\..+)?|.+\\.env");

    /** Names of variables that hold a secret; {@code _FILE} variables name a file that holds one instead. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)[A-Z0-9_]*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)[A-Z0-9_]*");

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![A-Za-z0-9_$])([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|[^\\s;&|]+)");

    private static final Pattern LINE_ASSIGNMENT = Pattern.compile(
            "(?m)^[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \\t]*[=:][ \\t]*(\\S[^\\r\\n]*)$");

    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");

    private static final Pattern DOCKER_AUTH = Pattern.compile("\"auth\"\\s*:\\s*\"([^\"]+)\"");

    /** Tokens recognisable by shape wherever they appear, with what they are. */
    private static final List<Shape> SHAPES = List.of(
            new Shape("AWS access key id", Pattern.compile("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b")),
            new Shape("AWS secret access key", Pattern.compile("(?i)aws_secret_access_key\\s*[=:]\\s*(\\S+)")),
            new Shape("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36})\\b")),
            new Shape("GitHub token", Pattern.compile("\\b(github_pat_[A-Za-z0-9_]{22,})")),
            new Shape("GitLab token", Pattern.compile("\\b(glpat-[A-Za-z0-9_-]{20,})")),
            new Shape("Slack token", Pattern.compile("\\b(xox[abprs]-[A-Za-z0-9-]{10,})")),
            new Shape("Stripe key", Pattern.compile("\\b(sk_live_[A-Za-z0-9]{20,})")),
            new Shape("Google API key", Pattern.compile("\\b(AIza[0-9A-Za-z_-]{35})")),
            new Shape("npm token", Pattern.compile("\\b(npm_[A-Za-z0-9]{36})\\b")),
            new Shape("npm token", Pattern.compile("_authToken\\s*=\\s*([^\\s\"]+)")),
            new Shape("npm credentials", Pattern.compile("(?m)^\\s*(?:\\S+:)?_(?:auth|password)\\s*=\\s*(\\S+)")),
            new Shape("git credentials", Pattern.compile("https?://[^:/\\s@]+:([^@\\s]+)@[^\\s]+")));

    private static final Pattern LEGACY_ENV = Pattern.compile(
            "(?:^|\\s)ENV\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+([^=\\s]\\S*)$");

    private static final Pattern NETRC_PASSWORD = Pattern.compile("\\bpassword\\s+(\\S+)");

    private SecretScanner() {
    }

    /** A kind of token and the pattern whose first group is the token itself. */
    private record Shape(String kind, Pattern pattern) {
    }

    /**
     * A secret recognised in some text.
     *
     * @param kind what it is, such as "GitHub token"
     * @param excerpt the secret masked, or a header that gives nothing away
     */
    record Match(String kind, String excerpt) {
    }

    /** Whether a file's name says it may hold credentials, so its head is worth keeping. */
    static boolean isCandidate(String path) {
        String name = ImagePaths.name(path).toLowerCase(Locale.ROOT);
        return CREDENTIAL_FILE_NAMES.contains(name)
                || SSH_KEY_NAME.matcher(name).matches() && !name.endsWith(".pub")
                || name.endsWith(".pem") || name.endsWith(".key")
                || ENV_FILE_NAME.matcher(name).matches()
                || name.contains("token") || name.contains("secret")
                || path.endsWith("/.docker/config.json") || path.endsWith("/.aws/credentials")
                || path.endsWith("/.config/gh/hosts.yml");
    }

    /** Keeps the head of every candidate file. */
    static FileInterest interest() {
        return path -> isCandidate(path) ? CAPTURE_BYTES : 0;
    }

    /**
     * Scans a candidate file's captured head.
     *
     * @param path the file's path, which decides how its content is read
     * @param size the file's whole size
     * @param head its leading bytes
     */
    static List<Match> scanFile(String path, long size, byte[] head) {
        String name = ImagePaths.name(path).toLowerCase(Locale.ROOT);
        String text = new String(head, StandardCharsets.UTF_8);
        List<Match> found = new ArrayList<>();
        Matcher key = PRIVATE_KEY.matcher(text);
        if (key.find()) {
            found.add(new Match("private key", key.group()));
        }
        found.addAll(shapes(text));
        if (text.contains("\"auths\"")) {
            Matcher auth = DOCKER_AUTH.matcher(text);
            while (auth.find()) {
                found.add(new Match("registry credentials", mask(auth.group(1))));
            }
        }
        if (name.equals(".netrc") || name.equals("_netrc")) {
            Matcher password = NETRC_PASSWORD.matcher(text);
            while (password.find()) {
                found.add(new Match("netrc password", mask(password.group(1))));
            }
        }
        if (ENV_FILE_NAME.matcher(name).matches() || path.endsWith("/.aws/credentials")
                || CREDENTIAL_FILE_NAMES.contains(name)) {
            Matcher line = LINE_ASSIGNMENT.matcher(text);
            while (line.find()) {
                if (isSecretName(line.group(1)) && !alreadyFound(found, line.group(2).strip())) {
                    found.add(new Match("variable " + line.group(1), mask(unquote(line.group(2).strip()))));
                }
            }
        }
        if (found.isEmpty() && size > 0 && ALWAYS_SECRET.matcher(name).matches()) {
            found.add(new Match("credentials file", ""));
        }
        return found;
    }

    /** Scans one {@code NAME=value} environment entry of the image config. */
    static List<Match> scanEnv(String entry) {
        int equals = entry.indexOf('=');
        String name = equals < 0 ? entry : entry.substring(0, equals);
        String value = equals < 0 ? "" : entry.substring(equals + 1);
        List<Match> found = new ArrayList<>(shapes(value));
        if (found.isEmpty() && isSecretName(name) && isLiteral(value)) {
            found.add(new Match("variable " + name, mask(value)));
        }
        return found;
    }

    /**
     * Scans a history entry's {@code created_by}: the build arguments BuildKit prefixes to RUN commands
     * ({@code |1 TOKEN=abc /bin/sh -c ...}), ENV instructions and any token written out in a command.
     */
    static List<Match> scanCommand(String createdBy) {
        List<Match> found = new ArrayList<>(shapes(createdBy));
        Matcher key = PRIVATE_KEY.matcher(createdBy);
        if (key.find()) {
            found.add(new Match("private key", key.group()));
        }
        Matcher assignment = ASSIGNMENT.matcher(createdBy);
        while (assignment.find()) {
            String value = unquote(assignment.group(2));
            if (isSecretName(assignment.group(1)) && isLiteral(value) && !alreadyFound(found, value)) {
                found.add(new Match("variable " + assignment.group(1), mask(value)));
            }
        }
        // `ENV TOKEN abc`, the legacy form without an equals sign.
        Matcher legacyEnv = LEGACY_ENV.matcher(createdBy.strip());
        if (legacyEnv.find() && isSecretName(legacyEnv.group(1)) && isLiteral(legacyEnv.group(2))) {
            found.add(new Match("variable " + legacyEnv.group(1), mask(legacyEnv.group(2))));
        }
        return found;
    }

    /** The text with every secret-looking value in it masked, for showing build commands. */
    static String redact(String text) {
        String redacted = text;
        for (Shape shape : SHAPES) {
            redacted = replaceGroup(redacted, shape.pattern());
        }
        Matcher assignment = ASSIGNMENT.matcher(redacted);
        StringBuilder out = new StringBuilder();
        while (assignment.find()) {
            String value = unquote(assignment.group(2));
            String replacement = isSecretName(assignment.group(1)) && isLiteral(value)
                    ? assignment.group(1) + "=" + mask(value) : assignment.group();
            assignment.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        assignment.appendTail(out);
        return out.toString();
    }

    /**
     * Masks a secret so that a reader can tell which one it is without learning it: {@code ghp_ab…yz}. Short
     * values keep less, and very short ones nothing.
     */
    static String mask(String secret) {
        if (secret.length() >= 16) {
            return secret.substring(0, 6) + "…" + secret.substring(secret.length() - 2);
        }
        if (secret.length() >= 8) {
            return secret.substring(0, 2) + "…";
        }
        return "…";
    }

    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches() && !name.toUpperCase(Locale.ROOT).endsWith("_FILE");
    }

    private static List<Match> shapes(String text) {
        List<Match> found = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(text);
            while (matcher.find()) {
                found.add(new Match(shape.kind(), mask(matcher.group(1))));
            }
        }
        return found;
    }

    private static String replaceGroup(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String whole = matcher.group();
            int start = matcher.start(1) - matcher.start();
            int end = matcher.end(1) - matcher.start();
            String replacement = whole.substring(0, start) + mask(matcher.group(1)) + whole.substring(end);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A value given literally, not a reference to another variable or an empty placeholder. */
    private static boolean isLiteral(String value) {
        return !value.isBlank() && !value.startsWith("$");
    }

    private static boolean alreadyFound(List<Match> found, String value) {
        String masked = mask(unquote(value));
        return found.stream().anyMatch(match -> match.excerpt().equals(masked));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
