package dev.ormkit.bench;

/** Who does the work in a benchmark method. */
public enum Implementation {
    /** Hand-written JDBC: the baseline every ratio is taken against. */
    JDBC("JDBC"),
    /** ormkit's ORM, written the way the guide writes it (Session, queries, loader options). */
    ORMKIT("ormkit"),
    /** The same ORM code over the model declared as subclasses of ormkit's optional {@code Base} (the state in a field). */
    ORMKIT_BASE("ormkit, Base subclass"),
    /** The same ORM code over the model as plain classes the build enhanced ({@code StateFieldPlugin}: the state in a field). */
    ORMKIT_ENHANCED("ormkit, enhanced class"),
    /** ormkit's Core layer (Engine, Connection, select/insert/update), mapping rows by hand: not the guide's ORM way. */
    ORMKIT_CORE("ormkit Core"),
    /** Hibernate ORM, configured as its user guide advises for the workload. */
    HIBERNATE("Hibernate"),
    /** jOOQ's DSL over plain table and field references. */
    JOOQ("jOOQ");

    private final String label;

    Implementation(String label) {
        this.label = label;
    }

    /** The name shown in the report. */
    public String label() {
        return label;
    }
}
