package dev.ormkit.model;

import java.math.BigDecimal;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.DiscriminatorValue;
import dev.ormkit.mapping.Table;

/** A joined subclass: its row in {@code card_payments} shares the key of its {@code payments} row. */
@Table("card_payments")
@DiscriminatorValue("card")
public class CardPayment extends Payment {
    @Column(length = 4, nullable = false) public String last4;

    protected CardPayment() {
    }

    public CardPayment(BigDecimal amount, String last4) {
        super(amount);
        this.last4 = last4;
    }
}
