package dev.ormkit.model;

import java.math.BigDecimal;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.DiscriminatorValue;
import dev.ormkit.mapping.Table;

/** A joined subclass with its own table {@code bank_transfers}. */
@Table("bank_transfers")
@DiscriminatorValue("transfer")
public class BankTransfer extends Payment {
    @Column(length = 34, nullable = false) public String iban;

    protected BankTransfer() {
    }

    public BankTransfer(BigDecimal amount, String iban) {
        super(amount);
        this.iban = iban;
    }
}
