package dev.ormkit.demo.service;

import java.text.Normalizer;
import java.util.Locale;

/** URL names from titles: lower case ASCII words joined by hyphens. */
public final class Slugs {
    private Slugs() {
    }

    /** The slug of {@code title} ("How to train your dragon" is "how-to-train-your-dragon"). */
    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 200) {
            slug = slug.substring(0, 200).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
