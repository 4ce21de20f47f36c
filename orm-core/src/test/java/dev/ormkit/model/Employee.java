package dev.ormkit.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.DiscriminatorColumn;
import dev.ormkit.mapping.DiscriminatorValue;
import dev.ormkit.mapping.Inheritance;
import dev.ormkit.mapping.InheritanceType;
import dev.ormkit.mapping.Table;

/** The root of a single-table hierarchy: every employee is a row of {@code employees}, told apart by {@code type}. */
@Table("employees")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE, subclasses = {Manager.class, Engineer.class})
@DiscriminatorColumn("type")
@DiscriminatorValue("employee")
public class Employee {
    @Column(primaryKey = true) public Long id;
    @Column(length = 50, nullable = false) public String name;

    protected Employee() {
    }

    public Employee(String name) {
        this.name = name;
    }
}
