package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.mapping.Version;

/** A versioned parent owning its lines: cascade "all, delete-orphan". */
@Table("invoices")
public class Invoice {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String customer;
    @Version Long version;
    @Relationship(backPopulates = "invoice", cascade = "all, delete-orphan") List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(String customer) {
        this.customer = customer;
    }

    public Invoice addLine(InvoiceLine line) {
        lines.add(line);
        line.setInvoice(this);
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Long getVersion() {
        return version;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }
}
