package access;

/** Where a permission applies. */
public enum PermissionScope { GLOBAL, ORGANIZATION, PROJECT }
