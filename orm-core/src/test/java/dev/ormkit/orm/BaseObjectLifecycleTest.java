package dev.ormkit.orm;

import dev.ormkit.model.lifecycle.BaseAuthor;
import dev.ormkit.model.lifecycle.BaseBook;

/** The object lifecycle over subclasses of {@link Base}, whose states are in their field. */
class BaseObjectLifecycleTest extends ObjectLifecycleContract {
    @Override
    Model model() {
        return new Model(BaseAuthor.class, BaseBook.class, BaseAuthor::new, BaseBook::new);
    }
}
