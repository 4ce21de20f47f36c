package com.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.orm.Session;
import dev.ormkit.orm.StateCarrier;
import dev.ormkit.spring.test.OrmTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrmTest
class ShelfQueriesTests {
    @Autowired Session session;

    @Test
    void theBuildEnhancedTheMappedClasses() {
        assertThat(StateCarrier.class).isAssignableFrom(Shelf.class).isAssignableFrom(Volume.class);
        Shelf shelf = new Shelf("prose");
        session.add(shelf);
        assertThat(((StateCarrier) shelf).$ormkitState()).isSameAs(session.inspect(shelf));
    }

    @Test
    void findsAShelfByName() {
        session.add(new Shelf("poetry").add(new Volume("Odes")));
        assertThat(session.query(Shelf.class).filterBy("name", "poetry").one().getVolumes())
                .extracting(Volume::getTitle).containsExactly("Odes");
    }
}
