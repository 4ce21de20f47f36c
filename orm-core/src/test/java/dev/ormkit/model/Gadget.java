package dev.ormkit.model;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Now;
import dev.ormkit.mapping.Table;

/**
 * Defaults of every kind: values the database fills in ({@code serverDefault}) and values the
 * session fills in at INSERT ({@code defaultValue}, {@code insertDefault}).
 */
@Table("gadgets")
public class Gadget {
    @Column(primaryKey = true) public Long id;
    @Column(length = 50, nullable = false) public String name;
    @Column(serverDefault = "7", nullable = false) public Integer priority;
    @Column(serverDefault = "CURRENT_TIMESTAMP") public LocalDateTime registeredAt;
    @Column(defaultValue = "true") public Boolean isActive;
    @Column(insertDefault = Now.class) public LocalDateTime createdAt;

    protected Gadget() {
    }

    public Gadget(String name) {
        this.name = name;
    }
}
