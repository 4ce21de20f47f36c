package dev.ormkit.bench.startup.ormkit;

import java.math.BigDecimal;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

@Table("products")
public class Product {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String name;
    @Column(precision = 10, scale = 2, nullable = false) BigDecimal price;
}
