package dev.yardstick.ingest;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * Wall-clock time an ingest spends in each of its steps, so a slow ingest shows where the time
 * goes (the {@code ingest --timings} report). Extraction runs on several threads at once, so its
 * time is the sum over them and may exceed the whole; every other step runs on the thread that
 * writes, one after another. Thread-safe.
 */
public final class IngestTimings {

    /** The steps timed. */
    public enum Step {
        EXTRACT("reading, extracting and matching updates (summed over threads)"),
        WAIT("waiting for the next extracted update"),
        ADD("reading stored state, building observation points"),
        RECONCILE("reconciling series"),
        ASSESS("assessing against targets"),
        FINISH("sending the last points and the document records");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Times nothing: for callers that do not ask. */
    public static final IngestTimings NONE = new IngestTimings(false);

    private final boolean on;
    private final AtomicLongArray nanos = new AtomicLongArray(Step.values().length);

    private IngestTimings(boolean on) {
        this.on = on;
    }

    public static IngestTimings started() {
        return new IngestTimings(true);
    }

    <R> R time(Step step, Supplier<R> work) {
        if (!on) {
            return work.get();
        }
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.addAndGet(step.ordinal(), System.nanoTime() - start);
        }
    }

    void time(Step step, Runnable work) {
        time(step, () -> {
            work.run();
            return null;
        });
    }

    /** Seconds spent in {@code step} so far. */
    public double seconds(Step step) {
        return nanos.get(step.ordinal()) / 1e9;
    }
}
