package dojo.classroom;

import dojo.engine.Engine;

/** Removes what one grading left on the engine: its containers, images and networks, found by their run label. */
@FunctionalInterface
public interface Sweeper {

    /** Stops whatever still runs for the label and removes it; returns how many things were removed. */
    int sweep(String runLabel);

    /**
     * The real one: first ends this JVM's own build clients for the label (ending a BuildKit client cancels its
     * build on the engine), then removes every container, image and network carrying the label.
     */
    static Sweeper engine() {
        return label -> {
            int stopped = BuildProcesses.stop(label);
            return stopped + Engine.connect().removeLabelled(Engine.RUN_LABEL, label);
        };
    }
}
