package dev.ormkit.spring.reliability.model;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("rb_teams")
public class Team {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(backPopulates = "team") List<Account> members = new ArrayList<>();

    protected Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
