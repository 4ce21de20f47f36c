package dev.ormkit.bench.startup.ormkit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("purchase_orders")
public class PurchaseOrder {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false) @ForeignKey("customers.id") Long customerId;
    @Column(nullable = false) LocalDateTime placedAt;
    @Relationship(backPopulates = "orders") Customer customer;
    @Relationship(backPopulates = "order") List<OrderLine> lines = new ArrayList<>();
}
