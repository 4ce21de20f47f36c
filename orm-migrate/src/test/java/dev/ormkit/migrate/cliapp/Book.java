package dev.ormkit.migrate.cliapp;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Table;

/** A mapped class of the application the CLI test migrates. */
@Table("books")
public class Book {
    @Column(primaryKey = true) Long id;
    @Column(length = 200, nullable = false) String title;
    @Column @ForeignKey("authors.id") Long authorId;
}
