package dojo.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The class's results, learners by katas: each cell has the outcome, tier, image size, failing checks and points,
 * each learner a total. Rendered as CSV for spreadsheets and as one self-contained HTML page.
 */
public final class Gradebook {

    private final List<Learner> learners;
    private final List<String> katas;
    private final Map<String, ClassGrade> grades = new HashMap<>();

    private Gradebook(List<Learner> learners, List<String> katas, List<ClassGrade> grades) {
        this.learners = List.copyOf(learners);
        this.katas = List.copyOf(katas);
        grades.forEach(grade -> this.grades.put(key(grade.learner(), grade.kata()), grade));
    }

    public static Gradebook of(List<Learner> learners, List<String> katas, List<ClassGrade> grades) {
        return new Gradebook(learners, katas, grades);
    }

    private static String key(String learner, String kata) {
        return learner + "\u0000" + kata;
    }

    public Optional<ClassGrade> grade(Learner learner, String kata) {
        return Optional.ofNullable(grades.get(key(learner.id(), kata)));
    }

    /** The learner's points over every kata; a kata not graded yet counts as nothing possible. */
    public Points.Score total(Learner learner) {
        Points.Score total = Points.Score.NONE;
        for (String kata : katas) {
            total = total.plus(grade(learner, kata).map(ClassGrade::score).orElse(Points.Score.NONE));
        }
        return total;
    }

    /** One row per learner; per kata its status, tier, image bytes, failing checks and points. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("learner", "folder"));
        for (String kata : katas) {
            header.addAll(List.of(kata + " status", kata + " tier", kata + " image bytes", kata + " failing checks",
                    kata + " points", kata + " possible"));
        }
        header.addAll(List.of("points", "possible"));
        StringBuilder out = new StringBuilder(row(header));
        for (Learner learner : learners) {
            List<String> cells = new ArrayList<>(List.of(learner.id(), learner.folder()));
            for (String kata : katas) {
                Optional<ClassGrade> grade = grade(learner, kata);
                cells.add(grade.map(g -> g.outcome().label()).orElse("not graded"));
                cells.add(grade.map(ClassGrade::tier).orElse(""));
                cells.add(grade.map(g -> g.record().imageBytes() > 0 ? Long.toString(g.record().imageBytes()) : "")
                        .orElse(""));
                cells.add(grade.map(g -> String.join(" ", g.failingChecks())).orElse(""));
                cells.add(grade.map(g -> Integer.toString(g.points())).orElse(""));
                cells.add(grade.map(g -> Integer.toString(g.possible())).orElse(""));
            }
            Points.Score total = total(learner);
            cells.add(Integer.toString(total.earned()));
            cells.add(Integer.toString(total.possible()));
            out.append(row(cells));
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        return String.join(",", cells.stream().map(Gradebook::csvCell).toList()) + "\r\n";
    }

    /**
     * Quotes a cell as RFC 4180 asks; a folder name that a spreadsheet would run as a formula (=, +, -, @) is
     * prefixed with an apostrophe, since learners choose their folder names.
     */
    static String csvCell(String value) {
        String text = value.matches("^[=+\\-@\t\r].*") && !value.matches("-?\\d+") ? "'" + value : value;
        if (text.matches("(?s).*[\",\r\n].*")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The gradebook as one HTML page with its styles inline: no script, no font, no link to anything. */
    public String html(String title, String note) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n")
                .append("table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.4rem .6rem;")
                .append("vertical-align:top;text-align:left}\n")
                .append("th{background:#f3f3f3}.small{font-size:.8rem;color:#555}\n")
                .append(".passed{background:#e6f4ea}.failed{background:#fdecea}.build-failed,.error{background:#fce8e6}\n")
                .append(".timed-out,.refused,.missing{background:#fff4e5}.gold{font-weight:bold;color:#8a6d00}\n")
                .append("td.points{text-align:right;white-space:nowrap}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"small\">")
                .append(escape(note)).append("</p>\n<table>\n<thead><tr><th>learner</th>");
        katas.forEach(kata -> out.append("<th>").append(escape(kata)).append("</th>"));
        out.append("<th>points</th></tr></thead>\n<tbody>\n");
        for (Learner learner : learners) {
            out.append("<tr><th>").append(escape(learner.folder()));
            if (!learner.id().equals(learner.folder())) {
                out.append("<br><span class=\"small\">").append(escape(learner.id())).append("</span>");
            }
            out.append("</th>");
            for (String kata : katas) {
                out.append(cell(grade(learner, kata)));
            }
            out.append("<td class=\"points\">").append(escape(total(learner).toString())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String cell(Optional<ClassGrade> maybe) {
        if (maybe.isEmpty()) {
            return "<td>not graded</td>";
        }
        ClassGrade grade = maybe.get();
        StringBuilder cell = new StringBuilder("<td class=\"").append(grade.outcome().label()).append("\">");
        cell.append(grade.outcome() == Outcome.PASSED ? "<span class=\"" + grade.tier() + "\">" + grade.tier()
                + "</span>" : escape(grade.outcome().label()));
        if (!grade.size().isEmpty()) {
            cell.append(" · ").append(escape(grade.size()));
        }
        cell.append(" · ").append(grade.points()).append('/').append(grade.possible());
        if (!grade.outcome().graded() && !grade.message().isEmpty()) {
            cell.append("<br><span class=\"small\">").append(escape(grade.message())).append("</span>");
        } else if (!grade.failingChecks().isEmpty()) {
            cell.append("<br><span class=\"small\">failing: ").append(escape(String.join(", ",
                    grade.failingChecks()))).append("</span>");
        }
        return cell.append("</td>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
