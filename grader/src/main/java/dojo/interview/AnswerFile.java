package dojo.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a learner's answer or script as UTF-8 text, saying plainly what is wrong when it is not text. */
public final class AnswerFile {

    private AnswerFile() {
    }

    /**
     * The file's text.
     *
     * @throws UnreadableAnswerException when the path is a directory or the bytes are not UTF-8 text
     */
    public static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UnreadableAnswerException(file + " is a directory, not an answer file; pass the path of the "
                    + "Markdown file that holds your answer");
        }
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + " (" + e.getMessage() + "); check that it "
                    + "exists and that you may read it", e);
        }
    }

    /**
     * Bytes read from {@code source}, such as standard input, as text.
     *
     * @throws UnreadableAnswerException when the bytes are not UTF-8 text
     */
    public static String decode(byte[] bytes, String source) {
        try {
            // A strict decoder: the default one would quietly turn a binary file into replacement characters.
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UnreadableAnswerException(source + " is not UTF-8 text; save it as UTF-8 and try again");
        }
    }
}
