package dev.ormkit.model;

import java.math.BigDecimal;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.DiscriminatorColumn;
import dev.ormkit.mapping.DiscriminatorValue;
import dev.ormkit.mapping.Inheritance;
import dev.ormkit.mapping.InheritanceType;
import dev.ormkit.mapping.Table;

/** The root of a joined hierarchy: common columns in {@code payments}, each subclass's own in its table. */
@Table("payments")
@Inheritance(strategy = InheritanceType.JOINED, subclasses = {CardPayment.class, BankTransfer.class})
@DiscriminatorColumn("kind")
@DiscriminatorValue("payment")
public class Payment {
    @Column(primaryKey = true) public Long id;
    @Column(precision = 10, scale = 2, nullable = false) public BigDecimal amount;

    protected Payment() {
    }

    public Payment(BigDecimal amount) {
        this.amount = amount;
    }
}
