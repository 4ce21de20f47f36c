/** ormkit: an ORM for Java in the spirit of SQLAlchemy. */
@NullMarked
package dev.ormkit;

import org.jspecify.annotations.NullMarked;
