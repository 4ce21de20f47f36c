package dev.ormkit.reliability.bank;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bank over HTTP: transfers (idempotent per request id) and balances. */
@RestController
public class BankController {
    private final BankService bank;

    /** The controller on the bank's service. */
    public BankController(BankService bank) {
        this.bank = bank;
    }

    /** Moves money; repeating a request id returns the transfer the first request made. */
    @PostMapping("/transfers/{requestId}")
    public Map<String, Object> transfer(@PathVariable("requestId") String requestId, @RequestParam("from") long from,
            @RequestParam("to") long to, @RequestParam("amount") long amount) {
        Transfer t = bank.transfer(requestId, from, to, amount);
        return Map.of("id", t.getId(), "requestId", t.getRequestId());
    }

    /** The account's balance. */
    @GetMapping("/accounts/{id}/balance")
    public long balance(@PathVariable("id") long id) {
        return bank.balance(id);
    }
}
