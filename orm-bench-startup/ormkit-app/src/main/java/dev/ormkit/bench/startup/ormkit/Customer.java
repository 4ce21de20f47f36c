package dev.ormkit.bench.startup.ormkit;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("customers")
public class Customer {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String name;
    @Column(length = 200, unique = true) String email;
    @Relationship(backPopulates = "customer") List<PurchaseOrder> orders = new ArrayList<>();
}
