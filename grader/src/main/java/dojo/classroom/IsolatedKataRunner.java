package dojo.classroom;

import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import dojo.kata.KataRunner;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Runs a kata's test class in a class loader of its own. A kata test keeps its grading in a static field, so two
 * gradings of one kata in one JVM would share it; loading the class afresh for each gives each its own.
 */
final class IsolatedKataRunner implements KataGrader {

    private final KataCatalogue catalogue;

    IsolatedKataRunner(KataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public KataRun grade(String kata, Map<String, String> parameters) {
        String testClass = catalogue.testClass(kata)
                .orElseThrow(() -> new IllegalArgumentException("kata " + kata + " has no graded test class"));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader parent = previous != null ? previous : IsolatedKataRunner.class.getClassLoader();
        if (parent.getResource(resource(testClass)) == null) {
            return new KataRun(List.of(), com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                    List.of("the test class " + testClass + " is not on the class path; run `./dojo` from the"
                            + " repository, which compiles it"));
        }
        // JUnit loads the selected class through the context class loader.
        thread.setContextClassLoader(new KataClassLoader(parent, packageOf(testClass)));
        try {
            return KataRunner.run(testClass, parameters);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String resource(String className) {
        return className.replace('.', '/') + ".class";
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot + 1);
    }

    /** Defines the kata package's classes itself, from the parent's bytes; everything else comes from the parent. */
    private static final class KataClassLoader extends ClassLoader {

        private final String kataPackage;

        KataClassLoader(ClassLoader parent, String kataPackage) {
            super("kata " + kataPackage, parent);
            this.kataPackage = kataPackage;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(kataPackage) || name.substring(kataPackage.length()).contains(".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = define(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream bytes = getParent().getResourceAsStream(resource(name))) {
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.readAllBytes();
                return defineClass(name, code, 0, code.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
