package dev.ormkit.orm;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** A row whose table the PostgreSQL tests create with a deferred unique constraint. */
@Table("coupons")
public class Coupon {
    @Column(primaryKey = true) Long id;
    @Column(length = 20, nullable = false) String code;

    protected Coupon() {
    }

    public Coupon(String code) {
        this.code = code;
    }
}
