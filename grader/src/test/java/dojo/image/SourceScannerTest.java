package dojo.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceScannerTest {

    @Test
    void compiled_language_sources_count_and_runtime_scripts_do_not() {
        assertThat(SourceScanner.isSource("main.go")).isTrue();
        assertThat(SourceScanner.isSource("server.ts")).isTrue();
        assertThat(SourceScanner.isSource("wordcount.c")).isTrue();
        assertThat(SourceScanner.isSource("server.py")).as("Python is what the runtime runs").isFalse();
        assertThat(SourceScanner.isSource("index.d.ts")).as("a declaration file").isFalse();
        assertThat(SourceScanner.isSource("go")).isFalse();
    }

    @Test
    void a_script_names_its_interpreter_on_its_first_line() {
        assertThat(ImageFacts.shebang("#!/bin/sh -e\necho hi\n".getBytes())).contains("/bin/sh");
        assertThat(ImageFacts.shebang("\u007fELF".getBytes())).isEmpty();
    }
}
