package dojo.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an executable's ELF header and program headers tell about how it runs: whether it needs a dynamic loader,
 * and which one. A binary that needs none can run from an empty ({@code scratch}) image.
 */
public final class ElfInfo {

    private static final int PT_DYNAMIC = 2;
    private static final int PT_INTERP = 3;
    private static final int ELFCLASS32 = 1;
    private static final int ELFCLASS64 = 2;
    private static final int ELFDATA2LSB = 1;
    private static final int ELFDATA2MSB = 2;

    private final boolean hasInterpreter;
    private final String interpreter;
    private final boolean hasDynamicSection;

    private ElfInfo(boolean hasInterpreter, String interpreter, boolean hasDynamicSection) {
        this.hasInterpreter = hasInterpreter;
        this.interpreter = interpreter;
        this.hasDynamicSection = hasDynamicSection;
    }

    /**
     * Reads the leading bytes of a file as ELF, 32 or 64 bit, either byte order.
     *
     * @param head the file's first bytes; they must reach past the program headers
     * @return the facts, or empty if the bytes are not ELF or are cut off before the program headers end
     */
    public static Optional<ElfInfo> parse(byte[] head) {
        if (head.length < 16 || head[0] != 0x7f || head[1] != 'E' || head[2] != 'L' || head[3] != 'F') {
            return Optional.empty();
        }
        int elfClass = head[4];
        int data = head[5];
        if ((elfClass != ELFCLASS32 && elfClass != ELFCLASS64) || (data != ELFDATA2LSB && data != ELFDATA2MSB)) {
            return Optional.empty();
        }
        boolean wide = elfClass == ELFCLASS64;
        ByteBuffer bytes = ByteBuffer.wrap(head).order(data == ELFDATA2LSB ? ByteOrder.LITTLE_ENDIAN
                : ByteOrder.BIG_ENDIAN);
        int headerSize = wide ? 64 : 52;
        if (head.length < headerSize) {
            return Optional.empty();
        }
        long phOffset = wide ? bytes.getLong(32) : Integer.toUnsignedLong(bytes.getInt(28));
        int phEntrySize = Short.toUnsignedInt(bytes.getShort(wide ? 54 : 42));
        int phCount = Short.toUnsignedInt(bytes.getShort(wide ? 56 : 44));
        int minEntrySize = wide ? 56 : 32;
        if (phCount > 0 && (phEntrySize < minEntrySize || phOffset < 0
                || phOffset + (long) phEntrySize * phCount > head.length)) {
            return Optional.empty();
        }
        boolean hasInterpreter = false;
        String interpreter = null;
        boolean hasDynamic = false;
        for (int i = 0; i < phCount; i++) {
            int at = (int) (phOffset + (long) i * phEntrySize);
            int type = bytes.getInt(at);
            if (type == PT_DYNAMIC) {
                hasDynamic = true;
            } else if (type == PT_INTERP) {
                hasInterpreter = true;
                long offset = wide ? bytes.getLong(at + 8) : Integer.toUnsignedLong(bytes.getInt(at + 4));
                long length = wide ? bytes.getLong(at + 32) : Integer.toUnsignedLong(bytes.getInt(at + 16));
                interpreter = cString(head, offset, length);
            }
        }
        return Optional.of(new ElfInfo(hasInterpreter, interpreter, hasDynamic));
    }

    /** The NUL-terminated string at offset, or null when the head is cut off before it ends. */
    private static String cString(byte[] head, long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > head.length) {
            return null;
        }
        int end = (int) offset;
        while (end < offset + length && head[end] != 0) {
            end++;
        }
        return new String(head, (int) offset, end - (int) offset, StandardCharsets.US_ASCII);
    }

    /**
     * The dynamic loader the kernel starts the binary with ({@code PT_INTERP}), such as
     * {@code /lib64/ld-linux-x86-64.so.2}; empty for a static binary, or when the name lies beyond the bytes read.
     */
    public Optional<String> interpreter() {
        return Optional.ofNullable(interpreter);
    }

    /**
     * Whether the binary needs nothing from the image: no loader and no dynamic section. A static PIE has a
     * dynamic section to relocate itself, so it counts as not static here.
     */
    public boolean isStatic() {
        return !hasInterpreter && !hasDynamicSection;
    }

    @Override
    public String toString() {
        return isStatic() ? "ElfInfo[static]" : "ElfInfo[dynamic, interpreter " + interpreter + "]";
    }
}
