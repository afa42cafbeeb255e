package dojo.classroom;

import dojo.check.CheckResult;
import dojo.check.Status;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One learner's grades as JUnit XML, which every CI server shows: a test suite per kata, a test case per check. A
 * failed check is a failure, an unmeasured one an error, and a gold-only check that did not pass is skipped, since
 * the kata passes without it.
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static String render(String learner, List<ClassGrade> grades) {
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = xml.createElement("testsuites");
            suites.setAttribute("name", clean(learner));
            xml.appendChild(suites);
            int tests = 0;
            int failures = 0;
            int errors = 0;
            for (ClassGrade grade : grades) {
                Element suite = suite(xml, learner, grade);
                suites.appendChild(suite);
                tests += Integer.parseInt(suite.getAttribute("tests"));
                failures += Integer.parseInt(suite.getAttribute("failures"));
                errors += Integer.parseInt(suite.getAttribute("errors"));
            }
            suites.setAttribute("tests", Integer.toString(tests));
            suites.setAttribute("failures", Integer.toString(failures));
            suites.setAttribute("errors", Integer.toString(errors));
            return write(xml);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed: " + e.getMessage(), e);
        }
    }

    private static Element suite(Document xml, String learner, ClassGrade grade) {
        Element suite = xml.createElement("testsuite");
        suite.setAttribute("name", clean(learner + "." + grade.kata()));
        suite.setAttribute("time", String.format(Locale.ROOT, "%.3f", grade.record().elapsedSeconds()));
        suite.setAttribute("timestamp", clean(grade.record().gradedAt()));
        Element properties = xml.createElement("properties");
        properties.appendChild(property(xml, "outcome", grade.outcome().label()));
        properties.appendChild(property(xml, "tier", grade.tier()));
        properties.appendChild(property(xml, "points", grade.points() + "/" + grade.possible()));
        suite.appendChild(properties);
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (CheckResult check : grade.record().checks()) {
            Element test = xml.createElement("testcase");
            test.setAttribute("classname", clean(learner + "." + grade.kata()));
            test.setAttribute("name", clean(check.name() + ": " + check.title()));
            test.setAttribute("time", "0");
            if (!check.passed()) {
                String kind = check.goldOnly() ? "skipped" : check.status() == Status.FAIL ? "failure" : "error";
                Element problem = xml.createElement(kind);
                problem.setAttribute("message", clean(firstLine(check.message())));
                if (!kind.equals("skipped")) {
                    problem.setAttribute("type", check.status().label());
                    problem.setTextContent(clean(check.message()));
                }
                test.appendChild(problem);
                switch (kind) {
                    case "skipped" -> skipped++;
                    case "failure" -> failures++;
                    default -> errors++;
                }
            }
            suite.appendChild(test);
        }
        if (!grade.problems().isEmpty()) {
            Element test = xml.createElement("testcase");
            test.setAttribute("classname", clean(learner + "." + grade.kata()));
            test.setAttribute("name", "grader");
            Element error = xml.createElement("error");
            error.setAttribute("message", clean(grade.message()));
            error.setTextContent(clean(String.join("\n", grade.problems())));
            test.appendChild(error);
            suite.appendChild(test);
            errors++;
        }
        suite.setAttribute("tests", Integer.toString(grade.record().checks().size()
                + (grade.problems().isEmpty() ? 0 : 1)));
        suite.setAttribute("failures", Integer.toString(failures));
        suite.setAttribute("errors", Integer.toString(errors));
        suite.setAttribute("skipped", Integer.toString(skipped));
        return suite;
    }

    private static Element property(Document xml, String name, String value) {
        Element property = xml.createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", clean(value));
        return property;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** Drops what XML 1.0 cannot carry, such as the escape codes a build's output may hold. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String write(Document xml) throws TransformerException {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        return out.toString();
    }
}
