package cn.onewindow.contracts;

/**
 * Who acted, in which post, for which department, under which delegation and catalogue version.
 * Kept with every act so that liability can be decided later (domain.md, "Liability").
 */
public record Actor(String userId, String username, String name, String post, String department,
                    String delegation, String catalogueVersion) {

    public static Actor system(String serviceName) {
        return new Actor("system:" + serviceName, serviceName, serviceName, "system", null, null, null);
    }

    public Actor under(String delegationId, String catalogueVersionId) {
        return new Actor(userId, username, name, post, department, delegationId, catalogueVersionId);
    }
}
