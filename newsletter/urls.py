from django.urls import path

from newsletter import views

urlpatterns = [
    path("nieuwsbrief/aanmelden/", views.subscribe, name="newsletter_subscribe"),
    path("nieuwsbrief/bevestigen/<str:token>/", views.confirm, name="newsletter_confirm"),
    path("nieuwsbrief/afmelden/<str:token>/", views.unsubscribe, name="newsletter_unsubscribe"),
]
