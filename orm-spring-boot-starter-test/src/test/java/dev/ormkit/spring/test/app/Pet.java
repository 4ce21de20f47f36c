package dev.ormkit.spring.test.app;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("pets")
public class Pet {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Column @ForeignKey("owners.id") Long ownerId;
    @Relationship(backPopulates = "pets") Owner owner;

    protected Pet() {
    }

    public Pet(String name) {
        this.name = name;
    }
}
