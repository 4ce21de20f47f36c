package dev.ormkit.spring.test.app;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("owners")
public class Owner {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Relationship(backPopulates = "owner") List<Pet> pets = new ArrayList<>();

    protected Owner() {
    }

    public Owner(String name) {
        this.name = name;
    }

    public Owner addPet(Pet pet) {
        pets.add(pet);
        pet.owner = this;
        return this;
    }

    public String getName() {
        return name;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
