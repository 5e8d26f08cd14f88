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
every member. On PostgreSQL it runs as a prepared statement (clbsite/prepared.py), so
it is planned once per connection; it names the user's columns, so a statement prepared
before a migration adds one still returns what it did.
"""

import json
from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.models import Page, PageViewRestriction

from clbsite import prepared
from home.groups import EDITOR_GROUP, MEMBER_GROUP

ADMIN_PERMISSION = ("wagtailadmin", "access_admin")


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _column(model, field):
    return connection.ops.quote_name(model._meta.get_field(field).column)


def _columns(model):
    """Every column of the model, by name: a statement prepared before a migration adds
    a column still returns the columns it did (clbsite/prepared.py)."""
    table, quote = _table(model), connection.ops.quote_name
    return ", ".join(f"{table}.{quote(field.column)}" for field in model._meta.concrete_fields)


def _groups_json(vendor, relation, owner):
    """SQL for the groups of a many-to-many ``relation`` to Group (a user's, a privacy
    restriction's) of the object whose id is ``owner``, as JSON: [[id, name], ...]."""
    through = relation.remote_field.through
    table, group = _table(through), _table(Group)
    owner_column = _column(through, relation.m2m_field_name())
    group_column = _column(through, relation.m2m_reverse_field_name())
    pair = f"{group}.id, {group}.name"
    aggregate = (
        f"json_agg(json_build_array({pair}))"
        if vendor == "postgresql"
        else f"json_group_array(json_array({pair}))"
    )
    return (
        f"COALESCE((SELECT {aggregate} FROM {table} INNER JOIN {group} "
        f"ON {group}.id = {table}.{group_column} WHERE {table}.{owner_column} = {owner}), '[]')"
    )


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
    permission, content_type = _table(Permission), _table(ContentType)
    user, user_pk = _table(user_model), _column(user_model, user_model._meta.pk.name)
    columns = _columns(user_model)
    groups = _groups_json(vendor, groups_relation, "%s")
    admin = (
        f"INNER JOIN {permission} ON {permission}.id = {{permission}} "
        f"INNER JOIN {content_type} ON {content_type}.id = {permission}.content_type_id "
        f"WHERE {{user}} = %s AND {permission}.codename = %s AND {content_type}.app_label = %s"
    )
    return (
        f"SELECT {columns}, {groups} AS clb_groups, "
        f"EXISTS(SELECT 1 FROM {ug} INNER JOIN {gp} ON {gp}.{gp_group} = {ug}.{ug_group} "
        + admin.format(permission=f"{gp}.{gp_permission}", user=f"{ug}.{ug_user}")
        + f") AS clb_admin_group, EXISTS(SELECT 1 FROM {up} "
        + admin.format(permission=f"{up}.{up_permission}", user=f"{up}.{up_user}")
        + f") AS clb_admin_own FROM {user} WHERE {user}.{user_pk} = %s"
    )


@cache
def _restrictions_sql(vendor, count):
    """The privacy restrictions on the pages with these ``count`` paths, each with its
    groups (as JSON)."""
    restriction, page = _table(PageViewRestriction), _table(Page)
    groups_relation = PageViewRestriction._meta.get_field("groups")
    groups = _groups_json(vendor, groups_relation, f"{restriction}.id")
    paths = ", ".join(["%s"] * count)
    return (
        f"SELECT {_columns(PageViewRestriction)}, {groups} AS clb_groups FROM {restriction} "
        f"INNER JOIN {page} ON {page}.id = {restriction}.{_column(PageViewRestriction, 'page')} "
        f"WHERE {page}.{_column(Page, 'path')} IN ({paths})"
    )


def view_restrictions(paths):
    """The privacy restrictions on the pages with these tree paths (a page and its
    ancestors), as Wagtail's ``get_view_restrictions()`` gives them, with their groups
    read in the same query: one prepared query instead of two for a page for groups."""
    paths = list(paths)
    restrictions = list(
        prepared.raw(PageViewRestriction, _restrictions_sql(connection.vendor, len(paths)), paths)
    )
    for restriction in restrictions:
        prefetch_groups(restriction, restriction.clb_groups)
    return prepared.filled(PageViewRestriction.objects.filter(page__path__in=paths), restrictions)


def prefetch_groups(instance, pairs):
    """``instance.groups.all()`` answers from ``pairs`` ([id, name], as the queries here
    aggregate them) without a query, as after ``prefetch_related("groups")``. Wagtail's
    privacy check on a page for groups asks the user's and the restriction's."""
    if isinstance(pairs, str):  # SQLite gives the JSON as text
        pairs = json.loads(pairs)
    groups = [Group.from_db(connection.alias, ["id", "name"], pair) for pair in sorted(pairs)]
    prepared.prefetch(instance, "groups", groups)
    return groups


def user_with_roles(user_id):
    """The user with this id, with ``_clb_roles`` ({"member", "editor", "admin"}) and
    their groups read in the same query; None if there is no such user."""
    app_label, codename = ADMIN_PERMISSION
    params = [user_id, *(user_id, codename, app_label), *(user_id, codename, app_label), user_id]
    users = prepared.raw(get_user_model(), _user_sql(connection.vendor), params)
    user = next(iter(users), None)
    if user is not None:
        names = {group.name for group in prefetch_groups(user, user.clb_groups)}
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
