package dojo.bench;

import dojo.image.ImageAnalysis;
import dojo.image.ImageArchive;
import dojo.image.LayerCache;
import dojo.image.Prefetch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * Measures the image scan against the engine's own floor: how long {@code docker save IMAGE > /dev/null} takes, then
 * how long streaming and analysing the same image takes with an empty layer cache and with a warm one, and the peak
 * heap of each. Not a test: run it by hand, under {@code -Xmx256m} to show the heap bound holds, as
 * {@code grader/BENCHMARK.md} describes.
 *
 * <p>Arguments: the image (default {@code dojo-bench/go-starter}) and how many rounds (default 2).
 */
public final class ScanBenchmark {

    private static final String DOCKER = "/usr/bin/docker";

    private ScanBenchmark() {
    }

    /** Runs the benchmark and prints one Markdown table row per measurement. */
    public static void main(String[] args) throws Exception {
        String image = args.length > 0 ? args[0] : "dojo-bench/go-starter";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path cacheDir = Files.createTempDirectory("dojo-bench-layers");
        List<String> rows = new ArrayList<>();
        try {
            System.out.printf(Locale.ROOT, "image %s, max heap %d MB, %d cores%n", image,
                    Runtime.getRuntime().maxMemory() / 1_000_000, Runtime.getRuntime().availableProcessors());
            for (int round = 1; round <= rounds; round++) {
                deleteContents(cacheDir);
                rows.add(row(round, "docker save > /dev/null", floor(image), 0));
                rows.add(measure(round, "analysis via docker-java, cold cache", () -> analyse(engineStream(image),
                        LayerCache.onDisk(cacheDir))));
                rows.add(measure(round, "analysis via docker-java, warm cache", () -> analyse(engineStream(image),
                        LayerCache.onDisk(cacheDir))));
                rows.add(measure(round, "analysis via `docker save` pipe, no cache", () -> analyse(cliStream(image),
                        LayerCache.none())));
                rows.forEach(System.out::println);
                rows.clear();
            }
        } finally {
            deleteContents(cacheDir);
            Files.deleteIfExists(cacheDir);
        }
    }

    private interface Run {
        String go() throws IOException;
    }

    private static String measure(int round, String what, Run run) throws IOException {
        System.gc();
        resetPeakHeap();
        long started = System.nanoTime();
        String summary = run.go();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("  " + what + ": " + summary);
        return row(round, what, seconds, peakHeap());
    }

    private static String row(int round, String what, double seconds, long peakHeap) {
        return String.format(Locale.ROOT, "| %d | %s | %.1f s | %s |", round, what, seconds,
                peakHeap == 0 ? "" : peakHeap / 1_000_000 + " MB");
    }

    private static double floor(String image) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process save = new ProcessBuilder(DOCKER, "save", image).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (save.waitFor() != 0) {
            throw new IOException("docker save " + image + " failed; build the image first (see BENCHMARK.md)");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The stream as the grader reads it: from the engine's save endpoint, read ahead on a thread of its own. */
    private static InputStream engineStream(String image) {
        return Prefetch.of(DockerClientFactory.instance().client().saveImageCmd(image).exec());
    }

    private static InputStream cliStream(String image) throws IOException {
        Process save = new ProcessBuilder(DOCKER, "save", image).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return save.getInputStream();
    }

    private static String analyse(InputStream saved, LayerCache cache) throws IOException {
        try (InputStream in = saved) {
            ImageArchive archive = ImageArchive.read(in, ImageAnalysis.interest(), cache);
            ImageAnalysis analysis = ImageAnalysis.of(archive, List.of("/usr/local/bin/greeter"));
            return String.format(Locale.ROOT, "%d layers, %d bytes, %d reclaimable, %d secrets",
                    analysis.layers().size(), analysis.totalBytes(), analysis.reclaimableBytes(),
                    analysis.secrets().size());
        }
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(dir)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
