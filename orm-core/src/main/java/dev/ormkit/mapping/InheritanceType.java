package dev.ormkit.mapping;

/** How a class hierarchy is stored. */
public enum InheritanceType {
    /** One table for the whole hierarchy; subclass columns are nullable; a discriminator tells the class. */
    SINGLE_TABLE,
    /** A table per class holding its own columns, whose primary key references the root table's. */
    JOINED
}
