package dev.ormkit.bench.startup.jpa;

import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "customers")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(length = 100, nullable = false) String name;
    @Column(length = 200, unique = true) String email;
    @OneToMany(mappedBy = "customer") List<PurchaseOrder> orders = new ArrayList<>();
}
