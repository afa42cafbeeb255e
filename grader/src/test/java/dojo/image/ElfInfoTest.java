package dojo.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ElfInfoTest {

    private static final int PT_LOAD = 1;
    private static final int PT_DYNAMIC = 2;
    private static final int PT_INTERP = 3;
    private static final String GLIBC_LOADER = "/lib64/ld-linux-x86-64.so.2";

    @Test
    void a_binary_with_only_load_segments_is_static() {
        byte[] head = elf64(ByteOrder.LITTLE_ENDIAN, null, PT_LOAD, PT_LOAD);

        Optional<ElfInfo> elf = ElfInfo.parse(head);

        assertThat(elf).get().satisfies(info -> {
            assertThat(info.isStatic()).isTrue();
            assertThat(info.interpreter()).isEmpty();
        });
    }

    @Test
    void a_binary_with_an_interpreter_is_dynamic_and_names_its_loader() {
        byte[] head = elf64(ByteOrder.LITTLE_ENDIAN, GLIBC_LOADER, PT_INTERP, PT_LOAD, PT_DYNAMIC);

        Optional<ElfInfo> elf = ElfInfo.parse(head);

        assertThat(elf).get().satisfies(info -> {
            assertThat(info.isStatic()).isFalse();
            assertThat(info.interpreter()).contains(GLIBC_LOADER);
        });
    }

    @Test
    void a_static_pie_with_a_dynamic_section_but_no_interpreter_is_not_static() {
        byte[] head = elf64(ByteOrder.LITTLE_ENDIAN, null, PT_LOAD, PT_DYNAMIC);

        Optional<ElfInfo> elf = ElfInfo.parse(head);

        assertThat(elf).get().satisfies(info -> {
            assertThat(info.isStatic()).isFalse();
            assertThat(info.interpreter()).isEmpty();
        });
    }

    @Test
    void a_big_endian_64_bit_binary_is_read() {
        byte[] head = elf64(ByteOrder.BIG_ENDIAN, "/lib/ld64.so.1", PT_INTERP, PT_LOAD);

        Optional<ElfInfo> elf = ElfInfo.parse(head);

        assertThat(elf.flatMap(ElfInfo::interpreter)).contains("/lib/ld64.so.1");
    }

    @Test
    void a_32_bit_binary_is_read() {
        byte[] head = elf32(ByteOrder.LITTLE_ENDIAN, "/lib/ld-linux.so.2");

        Optional<ElfInfo> elf = ElfInfo.parse(head);

        assertThat(elf.flatMap(ElfInfo::interpreter)).contains("/lib/ld-linux.so.2");
    }

    @Test
    void a_shell_script_is_not_elf() {
        byte[] head = "#!/bin/sh\nexec java -jar app.jar\n".getBytes(StandardCharsets.US_ASCII);

        Optional<ElfInfo> elf = ElfInfo.parse(head);

        assertThat(elf).isEmpty();
    }

    @Test
    void a_head_cut_off_before_the_program_headers_end_is_not_read() {
        byte[] whole = elf64(ByteOrder.LITTLE_ENDIAN, GLIBC_LOADER, PT_LOAD, PT_INTERP);

        Optional<ElfInfo> elf = ElfInfo.parse(Arrays.copyOf(whole, 64 + 56 + 10));

        assertThat(elf).as("guessing static from half the headers would pass a dynamic binary").isEmpty();
    }

    /** An ELF64 header, its program headers right after it, then the interpreter string if one is given. */
    private static byte[] elf64(ByteOrder order, String interpreter, int... segmentTypes) {
        int headerSize = 64;
        int entrySize = 56;
        int interpAt = headerSize + entrySize * segmentTypes.length;
        byte[] interp = interpreter == null ? new byte[0] : (interpreter + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer elf = ByteBuffer.allocate(interpAt + interp.length).order(order);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
        elf.putShort(16, (short) 2);
        elf.putShort(18, (short) 62);
        elf.putInt(20, 1);
        elf.putLong(32, headerSize);
        elf.putShort(52, (short) headerSize);
        elf.putShort(54, (short) entrySize);
        elf.putShort(56, (short) segmentTypes.length);
        for (int i = 0; i < segmentTypes.length; i++) {
            int at = headerSize + i * entrySize;
            elf.putInt(at, segmentTypes[i]);
            if (segmentTypes[i] == PT_INTERP) {
                elf.putLong(at + 8, interpAt);
                elf.putLong(at + 32, interp.length);
            }
        }
        elf.put(interpAt, interp);
        return elf.array();
    }

    /** An ELF32 header with a PT_INTERP and a PT_LOAD program header. */
    private static byte[] elf32(ByteOrder order, String interpreter) {
        int headerSize = 52;
        int entrySize = 32;
        int interpAt = headerSize + entrySize * 2;
        byte[] interp = (interpreter + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer elf = ByteBuffer.allocate(interpAt + interp.length).order(order);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 1, (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
        elf.putInt(28, headerSize);
        elf.putShort(42, (short) entrySize);
        elf.putShort(44, (short) 2);
        elf.putInt(headerSize, PT_INTERP);
        elf.putInt(headerSize + 4, interpAt);
        elf.putInt(headerSize + 16, interp.length);
        elf.putInt(headerSize + entrySize, PT_LOAD);
        elf.put(interpAt, interp);
        return elf.array();
    }
}
