package dojo.classroom;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one learner handed in for one kata: the kata's folder in theirs, either directly ({@code ana/01-go-static})
 * or, when the learner handed in a clone of the repository, under {@code katas/}. Links are never followed.
 *
 * @param learner the learner
 * @param kata    the kata's id
 * @param folder  the learner's kata folder; empty when there is none
 */
public record Submission(Learner learner, String kata, Optional<Path> folder) {

    /** The learner's submission for a kata, found in their folder. */
    public static Submission find(Learner learner, String kata) {
        for (Path candidate : new Path[] {learner.dir().resolve(kata), learner.dir().resolve("katas").resolve(kata)}) {
            if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(candidate.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                return new Submission(learner, kata, Optional.of(candidate));
            }
        }
        return new Submission(learner, kata, Optional.empty());
    }

    /** The learner's Dockerfile for the kata, when it is a regular file (not a link). */
    public Optional<Path> dockerfile() {
        return folder.map(dir -> dir.resolve("Dockerfile"))
                .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
    }

    /** Where the learner was expected to put the Dockerfile, as shown to them. */
    public String expectedDockerfile() {
        return learner.folder() + "/" + kata + "/Dockerfile";
    }
}
