package dev.ormkit.migrate.cliapp;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** A mapped class of the application the CLI test migrates. */
@Table("authors")
public class Author {
    @Column(primaryKey = true) Long id;
    @Column(length = 80, nullable = false, unique = true) String name;
    @Column(index = true) Integer born;
}
