package dev.ormkit.event;

/**
 * A relationship loaded on first access: {@code entity} is the class declaring it,
 * {@code relation} its field name, {@code parent} a description of the object it was loaded
 * for ("User(1)"), {@code batchSize} how many objects the one statement loaded it for (more
 * than one under batch lazy loading).
 */
public record LazyLoadEvent(String entity, String relation, String parent, int batchSize) {
}
