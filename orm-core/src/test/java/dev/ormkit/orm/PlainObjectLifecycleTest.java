package dev.ormkit.orm;

import dev.ormkit.model.lifecycle.PlainAuthor;
import dev.ormkit.model.lifecycle.PlainBook;

/** The object lifecycle over plain classes, whose states are found through the registry. */
class PlainObjectLifecycleTest extends ObjectLifecycleContract {
    @Override
    Model model() {
        return new Model(PlainAuthor.class, PlainBook.class, PlainAuthor::new, PlainBook::new);
    }
}
