package dev.ormkit.orm;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.StreamingResult;
import org.jspecify.annotations.Nullable;

/**
 * What a streamed query iterates: rows come from a {@link StreamingResult} one batch at a time,
 * each batch becomes objects (through the identity map, its eager loads run for the batch), and
 * the next batch is read only when the caller has taken every object of this one. So memory
 * holds one batch whatever the size of the result; with a {@link BatchRelease}, the objects of
 * a finished batch leave the session too.
 *
 * @param <T> what the caller receives: objects, or rows of several entities and columns
 */
final class BatchedLoad<T> implements Iterator<T>, AutoCloseable {
    /** One batch loaded: what the caller receives, and the objects the batch loaded. */
    record Batch<T>(List<T> values, List<InstanceState> states) {
    }

    /** Turns one batch of raw rows into what the caller receives. */
    interface BatchLoader<T> {
        Batch<T> load(List<Row> rows, List<String> keys);
    }

    private final StreamingResult result;
    private final int batchSize;
    private final BatchLoader<T> loader;
    private final @Nullable BatchRelease release;
    private Iterator<T> current = Collections.emptyIterator();
    private @Nullable List<InstanceState> finished;
    private boolean done;
    private boolean closed;

    BatchedLoad(StreamingResult result, int batchSize, BatchLoader<T> loader, @Nullable BatchRelease release) {
        this.result = result;
        this.batchSize = batchSize;
        this.loader = loader;
        this.release = release;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (done) {
                return false;
            }
            nextBatch();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private void nextBatch() {
        boolean ok = false;
        try {
            releaseFinished();
            List<Row> rows = result.fetchMany(batchSize);
            if (rows.isEmpty()) {
                done = true;
                ok = true;
                close();
                return;
            }
            Batch<T> batch = loader.load(rows, result.keys());
            current = batch.values().iterator();
            finished = batch.states();
            ok = true;
        } finally {
            if (!ok) {
                done = true;
                closeAfterFailure();
            }
        }
    }

    private void releaseFinished() {
        List<InstanceState> states = finished;
        finished = null;
        if (release != null && states != null) {
            release.release(states);
        }
    }

    private void closeAfterFailure() {
        try {
            result.close();
        } catch (RuntimeException e) {
            // the failure that brought us here is what the caller sees
        }
        closed = true;
    }

    /** Closes the result (its JDBC statement and cursor) and lets go of the last batch's objects. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        done = true;
        current = Collections.emptyIterator();
        try {
            result.close();
        } finally {
            releaseFinished();
        }
    }

    /** A sequential stream over the objects; closing it closes this. */
    Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(this::close);
    }
}
