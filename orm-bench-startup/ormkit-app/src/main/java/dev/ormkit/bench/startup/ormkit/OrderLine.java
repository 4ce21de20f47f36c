package dev.ormkit.bench.startup.ormkit;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("order_lines")
public class OrderLine {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false) @ForeignKey("purchase_orders.id") Long orderId;
    @Column(nullable = false) @ForeignKey("products.id") Long productId;
    @Column(nullable = false) Integer quantity;
    @Relationship(backPopulates = "lines") PurchaseOrder order;
    @Relationship Product product;
}
