package dojo.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The learners of a class: one per folder directly under the submissions folder. Folder names become ids that are
 * safe as file names; two names that differ only in case or punctuation ({@code Ana}, {@code ana}) get distinct ids,
 * and an id never depends on which other learners are in the class, so that a resumed run finds its records.
 *
 * @param learners the learners, sorted by id
 * @param ignored  what lies in the submissions folder but is no learner (files, links), by name
 */
public record Roster(List<Learner> learners, List<String> ignored) {

    private static final int MAX_ID = 48;

    public Roster {
        learners = List.copyOf(learners);
        ignored = List.copyOf(ignored);
    }

    /** Reads the learners of {@code submissions}; a link is never followed, even to a folder. */
    public static Roster of(Path submissions) throws IOException {
        List<Path> folders = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(submissions)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")) {
                    folders.add(entry);
                } else {
                    ignored.add(name);
                }
            }
        }
        folders.sort(null);
        List<Learner> learners = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            String id = idFor(name);
            // A clash needs two folders whose names hash alike; numbering keeps even that apart.
            String unique = id;
            for (int n = 2; !taken.add(unique); n++) {
                unique = id + "-" + n;
            }
            learners.add(new Learner(name, unique, folder));
        }
        learners.sort((a, b) -> a.id().compareTo(b.id()));
        ignored.sort(null);
        return new Roster(learners, ignored);
    }

    /**
     * The id for a folder name: the name itself when it is already lower-case letters, digits, '-' and '_';
     * otherwise a cleaned-up form followed by a short digest of the exact name, so that {@code Ana} and
     * {@code ana} never share an output folder, even on a file system that ignores case.
     */
    static String idFor(String folder) {
        if (folder.matches("[a-z0-9][a-z0-9_-]{0," + (MAX_ID - 1) + "}")) {
            return folder;
        }
        String cleaned = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (cleaned.length() > MAX_ID - 9) {
            cleaned = cleaned.substring(0, MAX_ID - 9);
        }
        return (cleaned.isEmpty() ? "learner" : cleaned) + "-" + digest(folder);
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
