"""The account pages and Wagtail's password forms (rate limited, home/views.py)."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from home import mijnclb_views
from home import views as home_views

account_urls = [
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord-vergeten/",
        home_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

# Wagtail's password forms, at their own paths and names, rate limited (home/views.py).
# Included before Wagtail's document URLs, which hold the same path.
password_form_urls = [
    path(
        "documenten/authenticate_with_password/<int:restriction_id>/",
        home_views.authenticate_with_document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.authenticate_with_page_password,
        name="wagtailcore_authenticate_with_password",
    ),
]

# Mijn CLB: a member's own page (home/mijnclb.py).
mijn_clb_urls = [
    path("", mijnclb_views.mijn_clb, name="mijn_clb"),
    path("wachtwoord/", mijnclb_views.PasswordChangeView.as_view(), name="mijn_clb_password"),
    path("afmelden/<str:token>/", mijnclb_views.unsubscribe, name="mijn_clb_unsubscribe"),
    path(
        "e-mail-bevestigen/<str:token>/",
        mijnclb_views.confirm_email,
        name="mijn_clb_confirm_email",
    ),
    path("<slug:key>/<slug:action>/", mijnclb_views.section_action, name="mijn_clb_action"),
]

urlpatterns = [
    *password_form_urls,
    path("account/", include(account_urls)),
    path("mijn-clb/", include(mijn_clb_urls)),
]
