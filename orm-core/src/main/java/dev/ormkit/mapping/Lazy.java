package dev.ormkit.mapping;

/** How a relationship loads by default (SQLAlchemy's {@code lazy=}); a query's options override it. */
public enum Lazy {
    /** On first access, one SELECT for that object. */
    SELECT,
    /** With the parent, through a LEFT OUTER JOIN. */
    JOINED,
    /** After the parents, one SELECT ... WHERE key IN (...) for all of them. */
    SELECTIN,
    /** After the parents, one SELECT joined to the parent query as a subquery. */
    SUBQUERY,
    /** Access without loading first raises an error: guards against N+1 queries. */
    RAISE,
    /** Never loaded; stays empty unless set by the application. */
    NOLOAD
}
