package payroll;

import jakarta.persistence.*;

/** Where a salary is paid to. */
@Embeddable
public class BankDetails {
    @Column(length = 34)
    String iban;

    @Column(length = 11)
    String bic;

    @Column(length = 70)
    String accountHolder;
}
