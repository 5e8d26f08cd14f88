"""
Signing in with Django's users, and what every page asks about the person.

Each page asks whether the visitor is a member (members-only events, the motion bank),
whether they are an editor, and whether they may open the admin (the Wagtail user bar);
a page with privacy for groups asks for the user's groups. ``SiteModelBackend`` loads
the user for the request with their groups and whether they may open the admin in one
query, instead of one query each (two for the permission); ``home.groups`` uses them. A
user object loaded any other way is asked with its own queries, as before.

The query is written out (from the models' table and column names) and loaded with
Django's ``raw()`` rather than built with the ORM: the ORM joins every table on the way
and correlates each subquery with the user row, which PostgreSQL takes several times
longer to plan than to run, and compiling it costs more again, on every request of
every member.
"""

import json
from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from home.groups import EDITOR_GROUP, MEMBER_GROUP

ADMIN_PERMISSION = ("wagtailadmin", "access_admin")


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _column(model, field):
    return connection.ops.quote_name(model._meta.get_field(field).column)


@cache
def _user_sql(vendor):
    """The user, their groups (id and name, as JSON) and whether they may open the admin:
    the user's own row, a subquery and two EXISTS on the user's id (not correlated with
    the row, so the database plans them as constants)."""
    user_model = get_user_model()
    groups_relation = user_model._meta.get_field("groups")
    permissions_relation = user_model._meta.get_field("user_permissions")
    user_groups = groups_relation.remote_field.through
    user_permissions = permissions_relation.remote_field.through
    group_permissions = Group.permissions.through
    ug, up, gp = _table(user_groups), _table(user_permissions), _table(group_permissions)
    ug_user = _column(user_groups, groups_relation.m2m_field_name())
    ug_group = _column(user_groups, groups_relation.m2m_reverse_field_name())
    up_user = _column(user_permissions, permissions_relation.m2m_field_name())
    up_permission = _column(user_permissions, permissions_relation.m2m_reverse_field_name())
    gp_group = _column(group_permissions, "group")
    gp_permission = _column(group_permissions, "permission")
    group, permission, content_type = _table(Group), _table(Permission), _table(ContentType)
    user, user_pk = _table(user_model), _column(user_model, user_model._meta.pk.name)
    pair = f"{group}.id, {group}.name"
    groups = (
        f"COALESCE((SELECT json_agg(json_build_array({pair})) "
        if vendor == "postgresql"
        else f"COALESCE((SELECT json_group_array(json_array({pair})) "
    ) + (
        f"FROM {ug} INNER JOIN {group} ON {group}.id = {ug}.{ug_group} "
        f"WHERE {ug}.{ug_user} = %s), '[]')"
    )
    admin = (
        f"INNER JOIN {permission} ON {permission}.id = {{permission}} "
        f"INNER JOIN {content_type} ON {content_type}.id = {permission}.content_type_id "
        f"WHERE {{user}} = %s AND {permission}.codename = %s AND {content_type}.app_label = %s"
    )
    return (
        f"SELECT {user}.*, {groups} AS clb_groups, "
        f"EXISTS(SELECT 1 FROM {ug} INNER JOIN {gp} ON {gp}.{gp_group} = {ug}.{ug_group} "
        + admin.format(permission=f"{gp}.{gp_permission}", user=f"{ug}.{ug_user}")
        + f") AS clb_admin_group, EXISTS(SELECT 1 FROM {up} "
        + admin.format(permission=f"{up}.{up_permission}", user=f"{up}.{up_user}")
        + f") AS clb_admin_own FROM {user} WHERE {user}.{user_pk} = %s"
    )


def _prefetch_groups(user, pairs):
    """``user.groups.all()`` answers from ``pairs`` ([id, name]) without a query, as
    after Django's ``prefetch_related("groups")`` (Wagtail's privacy check on a page
    for groups asks it). Adding or removing a group through ``user.groups`` clears it."""
    groups = Group.objects.filter(pk__in=[pk for pk, _name in pairs])
    groups._result_cache = [
        Group.from_db(connection.alias, ["id", "name"], pair) for pair in sorted(pairs)
    ]
    groups._prefetch_done = True
    user._prefetched_objects_cache = {"groups": groups}


def user_with_roles(user_id):
    """The user with this id, with ``_clb_roles`` ({"member", "editor", "admin"}) and
    their groups read in the same query; None if there is no such user."""
    app_label, codename = ADMIN_PERMISSION
    params = [user_id, *(user_id, codename, app_label), *(user_id, codename, app_label), user_id]
    users = get_user_model()._default_manager.raw(_user_sql(connection.vendor), params)
    user = next(iter(users), None)
    if user is not None:
        pairs = user.clb_groups
        if isinstance(pairs, str):  # SQLite gives the JSON as text
            pairs = json.loads(pairs)
        names = {name for _pk, name in pairs}
        _prefetch_groups(user, pairs)
        user._clb_roles = {
            "member": bool(names & {MEMBER_GROUP, EDITOR_GROUP}),
            "editor": EDITOR_GROUP in names,
            "admin": bool(user.clb_admin_group) or bool(user.clb_admin_own),
        }
    return user


def roles(user_id):
    """{"member", "editor", "admin"} of a user, read in one query."""
    user = user_with_roles(user_id)
    return user._clb_roles if user is not None else None


class SiteModelBackend(ModelBackend):
    """Django's ModelBackend; loading the request's user also reads its roles."""

    def get_user(self, user_id):
        user = user_with_roles(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
