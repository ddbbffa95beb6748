package com.example.shop;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A little real work on the migrated schema, with plain JDBC: a customer places an order and pays. */
final class Shop {
    private final DataSource dataSource;

    Shop(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Places and pays an order of two products for a new customer, then prints the totals. */
    void placeSampleOrder(PrintStream out) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long keyboard = product(c, "KB-01", "Keyboard", "49.90", "A mechanical keyboard");
            long mouse = product(c, "MS-02", "Mouse", "19.50", null);
            long customer = customer(c);
            long order = nextval(c, "orders_seq");
            try (PreparedStatement st = c.prepareStatement(
                    "insert into orders (id, customer_id, status, placed_at) values (?, ?, 'NEW', now())")) {
                st.setLong(1, order);
                st.setLong(2, customer);
                st.executeUpdate();
            }
            line(c, order, keyboard, 1, "49.90");
            line(c, order, mouse, 2, "19.50");
            update(c, "update orders set status = 'PAID' where id = " + order);
            c.commit();
            out.println("Order " + order + " placed and paid: " + orderTotal(c, order) + " for 3 items. The shop has "
                    + count(c, "customer") + " customer(s), " + count(c, "orders") + " order(s), revenue "
                    + revenue(c) + ".");
        }
    }

    private static long product(Connection c, String sku, String name, String price, String description)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into product (sku, name, price, version, description)"
                + " values (?, ?, ?, 0, ?) on conflict (sku) do nothing")) {
            st.setString(1, sku);
            st.setString(2, name);
            st.setBigDecimal(3, new BigDecimal(price));
            st.setString(4, description);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("select id from product where sku = ?")) {
            st.setString(1, sku);
            return single(st);
        }
    }

    private static long customer(Connection c) throws SQLException {
        long id = nextval(c, "customer_seq");
        try (PreparedStatement st = c.prepareStatement("insert into customer (id, full_name, email, street,"
                + " city, postal_code, country, created_at, tier) values (?, ?, ?, ?, ?, ?, ?, now(), 'standard')")) {
            st.setLong(1, id);
            st.setString(2, "Ada Lovelace");
            st.setString(3, "ada." + id + "@example.com");
            st.setString(4, "12 St James's Square");
            st.setString(5, "London");
            st.setString(6, "SW1Y 4JH");
            st.setString(7, "GB");
            st.executeUpdate();
        }
        return id;
    }

    private static void line(Connection c, long order, long product, int quantity, String unitPrice)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "insert into order_line (order_id, product_id, quantity, unit_price) values (?, ?, ?, ?)")) {
            st.setLong(1, order);
            st.setLong(2, product);
            st.setInt(3, quantity);
            st.setBigDecimal(4, new BigDecimal(unitPrice));
            st.executeUpdate();
        }
    }

    private static BigDecimal orderTotal(Connection c, long order) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select coalesce(sum(quantity * unit_price), 0) from order_line where order_id = ?")) {
            st.setLong(1, order);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static BigDecimal revenue(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(sum(l.quantity"
                + " * l.unit_price), 0) from order_line l join orders o on o.id = l.order_id"
                + " where o.status = 'PAID'")) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from " + table)) {
            return single(st);
        }
    }

    private static long nextval(Connection c, String sequence) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select nextval('" + sequence + "')")) {
            return single(st);
        }
    }

    private static long single(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
