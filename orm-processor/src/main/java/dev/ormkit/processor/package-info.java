/**
 * The annotation processor that writes the typed metamodel ({@code User_}) beside each class
 * annotated {@code @Table} or {@code @MappedSuperclass}, and reports mapping errors it can see
 * at compile time, at the field that has them.
 */
package dev.ormkit.processor;
