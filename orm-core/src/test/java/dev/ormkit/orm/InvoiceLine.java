package dev.ormkit.orm;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A line of an {@link Invoice}; cannot live without one (non-null key). */
@Table("invoice_lines")
public class InvoiceLine {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String item;
    @Column(nullable = false) @ForeignKey("invoices.id") Long invoiceId;
    @Relationship(backPopulates = "lines") Invoice invoice;

    protected InvoiceLine() {
    }

    public InvoiceLine(String item) {
        this.item = item;
    }

    public Long getId() {
        return id;
    }

    public String getItem() {
        return item;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public void setInvoice(Invoice invoice) {
        this.invoice = invoice;
    }
}
