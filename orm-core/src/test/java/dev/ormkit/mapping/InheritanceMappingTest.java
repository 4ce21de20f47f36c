package dev.ormkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InheritanceMappingTest {

    @Table("employees")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE, subclasses = {Manager.class, Engineer.class})
    @DiscriminatorColumn("kind")
    @DiscriminatorValue("employee")
    static class Employee {
        @Column(primaryKey = true) Long id;
        @Column(nullable = false) String name;
    }

    @DiscriminatorValue("manager")
    static class Manager extends Employee {
        @Column(nullable = false) String department;
    }

    static class Engineer extends Employee {
        String language;
    }

    @Test
    void singleTableHoldsEverySubclassColumnNullable() {
        EntityMapping<Employee> root = EntityMapping.of(Employee.class);
        assertThat(root.table().columns()).extracting(c -> c.name())
                .containsExactly("id", "name", "kind", "department", "language");
        assertThat(root.table().c("department").isNullable()).isTrue();
        EntityMapping<Manager> manager = EntityMapping.of(Manager.class);
        assertThat(manager.table()).isSameAs(root.table());
        assertThat(manager.columnAttributes()).extracting(ColumnAttribute::name).containsExactly("id", "name", "department");
        assertThat(manager.rootType()).isEqualTo(Employee.class);
        assertThat(root.forDiscriminator("manager")).isSameAs(manager);
        assertThat(root.forDiscriminator("Engineer").type()).isEqualTo(Engineer.class);
        assertThat(manager.discriminatorCriterion()).isNotNull();
        Manager m = manager.newInstance();
        manager.columnAttribute("id").set(m, 5L);
        assertThat(manager.identityKey(m)).isEqualTo(root.keyFor(5L));
        assertThat(Mappings.validate(Employee.class)).extracting(m2 -> m2.type().getSimpleName())
                .containsExactly("Employee", "Manager", "Engineer");
    }

    @Table("vehicles")
    @Inheritance(strategy = InheritanceType.JOINED, subclasses = Car.class)
    static class Vehicle {
        @Column(primaryKey = true) Long id;
        String maker;
    }

    @Table("cars")
    static class Car extends Vehicle {
        Integer doors;
    }

    @Test
    void joinedSubclassHasItsOwnTableKeyedByTheRoot() {
        EntityMapping<Car> car = EntityMapping.of(Car.class);
        assertThat(car.table().name()).isEqualTo("cars");
        assertThat(car.table().columns()).extracting(c -> c.name()).containsExactly("id", "doors");
        assertThat(car.table().foreignKeys().get(0).referredTable()).isEqualTo("vehicles");
        assertThat(car.table().autoincrementColumn()).isNull();
        assertThat(car.tables()).extracting(t -> t.name()).containsExactly("vehicles", "cars");
        assertThat(car.selectedColumns()).extracting(Object::toString)
                .containsExactly("vehicles.id", "vehicles.maker", "vehicles.type", "cars.doors");
        assertThat(car.columnAttribute("doors").column().toString()).isEqualTo("cars.doors");
        assertThat(car.columnAttribute("maker").column().toString()).isEqualTo("vehicles.maker");
    }
}
