package dev.ormkit.bench.paired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark in a JMH result file written with {@code -rf csv}: its score
 * and unit, and, when it ran with {@code -prof gc}, its {@code gc.alloc.rate.norm} (bytes
 * allocated per operation) and {@code gc.time} (milliseconds of collection over the measured
 * iterations). JMH writes a secondary metric as a row of its own, named after the
 * benchmark and a colon.
 *
 * @param score the primary score (time per operation)
 * @param unit its unit ({@code us/op}, {@code ms/op}, {@code s/op})
 * @param bytesPerOp bytes allocated per operation; NaN without {@code -prof gc}
 * @param gcMillis milliseconds the collectors reported over the measured iterations; NaN
 *        without {@code -prof gc} (JMH leaves the row out when no collection ran: then 0)
 */
record JmhCsv(double score, String unit, double bytesPerOp, double gcMillis) {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final String GC_TIME = "gc.time";

    /** A fork's figures without its collection time. */
    JmhCsv(double score, String unit, double bytesPerOp) {
        this(score, unit, bytesPerOp, Double.NaN);
    }

    /** The figures of {@code benchmark} (its full name) in the lines of a JMH CSV file. */
    static JmhCsv parse(List<String> lines, String benchmark) {
        Double score = null;
        String unit = null;
        double bytes = Double.NaN;
        double gc = Double.NaN;
        for (String line : lines) {
            List<String> f = fields(line);
            if (f.size() < 7) {
                continue;
            }
            String name = f.get(0);
            if (name.equals(benchmark)) {
                score = number(f.get(4), line);
                unit = f.get(6);
            } else if (name.startsWith(benchmark + ":") && name.endsWith(ALLOCATION)) {
                bytes = number(f.get(4), line); // older JMH versions put a "·" before the metric name
            } else if (name.startsWith(benchmark + ":") && name.endsWith(GC_TIME)) {
                gc = number(f.get(4), line);
            }
        }
        if (score == null) {
            throw new IllegalArgumentException("No result of " + benchmark + " in the JMH file: " + lines);
        }
        if (Double.isNaN(gc) && !Double.isNaN(bytes)) {
            gc = 0; // profiled, and JMH saw no collection
        }
        return new JmhCsv(score, unit, bytes, gc);
    }

    private static double number(String text, String line) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number, '" + text + "', in " + line, e);
        }
    }

    /** The fields of a CSV line: commas separate, double quotes enclose, two double quotes stand for one. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f %s, %.0f B/op", score, unit, bytesPerOp);
    }
}
